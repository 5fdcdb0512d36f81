package fr.chorusdesk.validation;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.EValidationType;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.france.FranceCTCValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.zugferd.ZugferdValidation;
import fr.chorusdesk.pdf.FacturXProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.Processor;

/**
 * The phive rule sets ChorusDesk applies, registered once per process on first use. They are
 * immutable once compiled and their compilation costs seconds, so every validator of the process
 * (the wizard's, the demo sandbox's, {@code inspect}'s) shares this one holder; nothing refers to
 * it before the first validation, so nothing of phive loads with the window.
 */
final class PhiveRuleSets {

    /** Factur-X 1.08 = ZUGFeRD 2.4, the newest Factur-X version the rule module here carries. */
    static final String FACTURX_VERSION = "Factur-X 1.08 (ZUGFeRD 2.4)";
    static final String EN16931_VERSION = "EN 16931 CII 1.3.16";
    static final String FRANCE_VERSION = "FNFE CTC BR-FR CII 1.3.0";

    private static final class Holder {
        static final PhiveRuleSets SHARED = new PhiveRuleSets();
    }

    private final ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
    private final Processor saxon = new Processor(false);
    private final CompiledSchematron en16931;
    private final CompiledSchematron franceCtc;
    private final Map<FacturXProfile, CompiledSchematron> profiles = new ConcurrentHashMap<>();

    private PhiveRuleSets() {
        EN16931Validation.initEN16931(registry);
        ZugferdValidation.initZugferd(registry);
        FranceCTCValidation.initFranceCTC(registry);
        en16931 = CompiledSchematron.of(saxon, last(set(EN16931Validation.VID_CII_1316)));
        franceCtc = CompiledSchematron.of(saxon, franceCtcExecutor());
    }

    static PhiveRuleSets shared() {
        return Holder.SHARED;
    }

    /** The XML Schema of the profile. */
    IValidationExecutor<IValidationSourceXML> xsd(FacturXProfile profile) {
        return first(facturX(profile), EValidationType.XSD);
    }

    /** The Saxon that reads the invoices and runs the Schematron layers. */
    Processor saxon() {
        return saxon;
    }

    /** The Factur-X Schematron of the profile, compiled on its first use (only MINIMUM and BASIC WL need one). */
    CompiledSchematron facturXSchematron(FacturXProfile profile) {
        return profiles.computeIfAbsent(profile, p -> CompiledSchematron.of(saxon, last(facturX(p))));
    }

    /** The CEN EN 16931 CII Schematron. */
    CompiledSchematron en16931() {
        return en16931;
    }

    /** The BR-FR Schematron. */
    CompiledSchematron franceCtc() {
        return franceCtc;
    }

    /**
     * The BR-FR Schematron alone: the France CTC set also holds the CII D16B and D22B schemas and an
     * older EN 16931 Schematron, which the layers before it already cover.
     */
    private IValidationExecutor<IValidationSourceXML> franceCtcExecutor() {
        List<IValidationExecutor<IValidationSourceXML>> executors = set(FranceCTCValidation.VID_FR_CTC_CII_1_3_0)
                .getAllExecutors();
        return executors.stream().filter(e -> e.getValidationArtefact().getRuleResourcePath().contains("BR-FR"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no BR-FR Schematron in the France CTC set"));
    }

    private IValidationExecutorSet<IValidationSourceXML> facturX(FacturXProfile profile) {
        DVRCoordinate id = switch (profile) {
            case MINIMUM -> ZugferdValidation.VID_ZUGFERD_2_4_MINIMUM;
            case BASIC_WL -> ZugferdValidation.VID_ZUGFERD_2_4_BASIC_WL;
            case BASIC -> ZugferdValidation.VID_ZUGFERD_2_4_BASIC;
            case EXTENDED -> ZugferdValidation.VID_ZUGFERD_2_4_EXTENDED;
            case EN16931, XRECHNUNG -> ZugferdValidation.VID_ZUGFERD_2_4_EN16931;
        };
        return set(id);
    }

    private IValidationExecutorSet<IValidationSourceXML> set(DVRCoordinate id) {
        IValidationExecutorSet<IValidationSourceXML> set = registry.getOfID(id);
        if (set == null) {
            throw new IllegalStateException("rule set not registered: " + id.getAsSingleID());
        }
        return set;
    }

    private static IValidationExecutor<IValidationSourceXML> first(IValidationExecutorSet<IValidationSourceXML> set,
            EValidationType type) {
        return set.getAllExecutors().stream().filter(e -> e.getValidationArtefact().getValidationType() == type)
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + type + " in " + set.getDisplayName()));
    }

    private static IValidationExecutor<IValidationSourceXML> last(IValidationExecutorSet<IValidationSourceXML> set) {
        List<IValidationExecutor<IValidationSourceXML>> all = set.getAllExecutors();
        return all.get(all.size() - 1);
    }
}
