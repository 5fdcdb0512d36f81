package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.store.PrivateDirectories;
import fr.chorusdesk.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPathsPermissionsTest {

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataDirectoryAndTheSandboxStateAreOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(PrivateDirectories.posix(), "POSIX permissions");
        AppPaths paths = AppPaths.fromOverride(Optional.of(dir.resolve("home").toString()));
        paths.createPrivateDirectories();
        for (Path d : new Path[] {paths.dataDirectory(), paths.logDirectory(), paths.sandboxDirectory()}) {
            assertThat(mode(d)).as(d.getFileName().toString()).isEqualTo("rwx------");
        }

        // the sandbox writes its state on every change: an uploaded file is one
        try (DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(paths.sandboxDirectory()))) {
            demo.client().ajouterFichierDansSysteme(Samples.facturX("Facture_FR_BASICWL.pdf"));
        }
        try (Stream<Path> files = Files.list(paths.sandboxDirectory())) {
            var written = files.filter(Files::isRegularFile).toList();
            assertThat(written).extracting(p -> p.getFileName().toString()).contains("sandbox-state.json");
            for (Path f : written) {
                assertThat(mode(f)).as(f.getFileName().toString()).isEqualTo("rw-------");
            }
        }
    }
}
