package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.ChorusBusinessException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.sandbox.ChorusSandbox;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.sandbox.SandboxInUseException;
import fr.chorusdesk.testing.Samples;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DemoSandboxServiceTest {

    @Test
    void startsOnLoopbackOnceAndServesTheRealClient(@TempDir Path state) throws Exception {
        try (DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(state))) {
            assertThat(demo.apiBaseUrl()).isEmpty();
            URI url = demo.start();
            assertThat(url.getHost()).isEqualTo("127.0.0.1");
            assertThat(demo.apiBaseUrl()).as("the running server's address").contains(url);
            assertThat(demo.start()).as("idempotent").isEqualTo(url);
            assertThat(demo.client().recupererStructuresActivesPourFournisseur().listeStructures())
                    .as("the demo supplier answers over real HTTP").isNotEmpty();
        }
    }

    @Test
    void aSecondSandboxOnTheSameStateIsRefusedUntilTheFirstCloses(@TempDir Path state) {
        DemoSandboxService first = new DemoSandboxService(SandboxConfig.defaults(state));
        DemoSandboxService second = new DemoSandboxService(SandboxConfig.defaults(state));
        first.start();
        assertThatThrownBy(second::start).isInstanceOf(SandboxInUseException.class)
                .hasMessageContaining("in use by another sandbox");
        first.close();
        assertThat(second.start().getHost()).isEqualTo("127.0.0.1");
        second.close();
    }

    @Test
    void closeIsFinalAndReleasesTheStateForTheNextService(@TempDir Path state) throws Exception {
        DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(state));
        demo.start();
        demo.close();
        assertThat(demo.apiBaseUrl()).isEmpty();
        assertThatThrownBy(demo::start).as("no server after close").isInstanceOf(IllegalStateException.class);

        try (DemoSandboxService next = new DemoSandboxService(SandboxConfig.defaults(state))) {
            next.start();
            assertThat(next.client().recupererStructuresActivesPourFournisseur().listeStructures()).isNotEmpty();
        }
    }

    @Test
    void resetForgetsTheFlowsSentAndKeepsTheSeededStructures(@TempDir Path state) throws Exception {
        try (DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(state))) {
            ChorusClient client = demo.client();
            int structures = client.recupererStructuresActivesPourFournisseur().listeStructures().size();
            String flow = client.deposerFluxFacture(Samples.facturX("Facture_FR_BASICWL.pdf")).numeroFluxDepot();
            // the report's file name follows the platform's pattern (docs/sandbox.md, flows)
            assertThat(client.consulterCRDetaille(flow).nomFichier()).as("the sandbox knows the flow")
                    .isEqualTo("FSO1110A_CPP001_" + flow);

            demo.reset();

            assertThatThrownBy(() -> demo.client().consulterCRDetaille(flow))
                    .as("a reset forgets the flow").isInstanceOf(ChorusBusinessException.class);
            assertThat(demo.client().recupererStructuresActivesPourFournisseur().listeStructures())
                    .as("a reset keeps the seeded structures").hasSize(structures);
        }
    }

    @Test
    void closingBeforeTheStartLeavesNoServer(@TempDir Path state) {
        DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(state));
        demo.close();
        assertThatThrownBy(demo::start).isInstanceOf(IllegalStateException.class);
        assertThat(demo.apiBaseUrl()).isEmpty();
    }

    @Test
    @Timeout(30)
    void closingDoesNotWaitForAStartUnderWayAndStillStopsWhatItStarted(@TempDir Path state) throws Exception {
        CountDownLatch starting = new CountDownLatch(1);
        CountDownLatch mayStart = new CountDownLatch(1);
        DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(state), config -> {
            starting.countDown();
            await(mayStart);
            return ChorusSandbox.start(config);
        });
        CompletableFuture<URI> started = CompletableFuture.supplyAsync(demo::start);
        assertThat(starting.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = demo.closeInBackground();

        assertThat(stopped).as("closing returned while the start still runs").isNotDone();
        assertThat(demo.closeInBackground()).as("one stop only").isSameAs(stopped);
        mayStart.countDown();
        URI url = started.get(10, TimeUnit.SECONDS);
        stopped.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(demo::start).as("no new start once closing began")
                .isInstanceOf(IllegalStateException.class);
        assertThat(demo.apiBaseUrl()).isEmpty();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), url.getPort()).close())
                .as("the server that start created is stopped").isInstanceOf(ConnectException.class);
        try (DemoSandboxService next = new DemoSandboxService(SandboxConfig.defaults(state))) {
            assertThat(next.start().getHost()).as("the state lock was released").isEqualTo("127.0.0.1");
        }
    }

    @Test
    void closeWaitsUntilTheServerIsStopped(@TempDir Path state) throws IOException {
        DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(state));
        int port = demo.start().getPort();
        new Socket(InetAddress.getLoopbackAddress(), port).close();

        demo.close();

        assertThat(demo.closeInBackground()).isDone();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
