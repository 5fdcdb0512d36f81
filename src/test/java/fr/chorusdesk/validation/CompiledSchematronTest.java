package fr.chorusdesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SVRL report read straight from Saxon: which messages count as errors (ph-schematron's
 * reading of the {@code flag} attribute, which phive applied before: warning and the
 * information words are below an error; fatal, error, an unknown word or no flag are errors), the
 * text trimmed, and the location shortened to the CII prefixes. The stylesheet below is written by
 * hand in the shape the Schematron publishers' XSLT has.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CompiledSchematronTest {

    private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    private static final String XSLT = """
            <xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                            xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
              <xsl:template match="/">
                <svrl:schematron-output>
                  <svrl:active-pattern id="P1"/>
                  <svrl:fired-rule context="/"/>
                  <svrl:failed-assert test="x" id="R-WARN" flag="warning" location="/*:A[namespace-uri()='urn:x'][1]">
                    <svrl:text>
                      first words
                    </svrl:text>
                  </svrl:failed-assert>
                  <svrl:failed-assert test="x" id="R-FATAL" flag="fatal"
                      location="/*:CrossIndustryInvoice[namespace-uri()='urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100'][1]/*:ID[namespace-uri()='RAM'][2]">
                    <svrl:text>fatal one</svrl:text>
                  </svrl:failed-assert>
                  <svrl:failed-assert test="x" id="R-NOFLAG"><svrl:text>no flag</svrl:text></svrl:failed-assert>
                  <svrl:successful-report test="x" id="R-INFO" flag="information"><svrl:text>a report</svrl:text></svrl:successful-report>
                  <svrl:failed-assert test="x" flag="Oops"><svrl:text>unknown flag, no id</svrl:text></svrl:failed-assert>
                  <svrl:failed-assert test="x" id="  " flag="WARN" location=""><svrl:text>blank id and place</svrl:text></svrl:failed-assert>
                </svrl:schematron-output>
              </xsl:template>
            </xsl:stylesheet>
            """.replace("'RAM'", "'" + RAM + "'");

    @Test
    void readsEachFailedAssertionAndReportWithItsWeight() throws Exception {
        Processor saxon = new Processor(false);
        CompiledSchematron rules = CompiledSchematron.of(saxon, new StreamSource(new StringReader(XSLT), "test.xslt"));
        XdmNode invoice = saxon.newDocumentBuilder().build(new StreamSource(new StringReader("<a/>")));

        List<CompiledSchematron.Message> messages = rules.check(invoice);

        assertThat(messages).containsExactly(
                new CompiledSchematron.Message(Optional.of("R-WARN"), false, "first words",
                        Optional.of("/*:A[namespace-uri()='urn:x'][1]")),
                new CompiledSchematron.Message(Optional.of("R-FATAL"), true, "fatal one",
                        Optional.of("/rsm:CrossIndustryInvoice[1]/ram:ID[2]")),
                new CompiledSchematron.Message(Optional.of("R-NOFLAG"), true, "no flag", Optional.empty()),
                new CompiledSchematron.Message(Optional.of("R-INFO"), false, "a report", Optional.empty()),
                new CompiledSchematron.Message(Optional.empty(), true, "unknown flag, no id", Optional.empty()),
                new CompiledSchematron.Message(Optional.empty(), false, "blank id and place", Optional.empty()));
    }
}
