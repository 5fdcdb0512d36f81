package fr.chorusdesk.validation;

import fr.chorusdesk.pdf.PdfMessages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Tells a {@link ValidationFinding} in French or English from the application bundle: a sentence
 * written for the rule when there is one ({@code validation.rule.ID.asks} / {@code .fix}), else the
 * rule set's sentence about the field the rule names ({@code validation.bt.BT-n}). The rule set's
 * own English text goes to the details only.
 */
public final class FindingTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public FindingTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        this.bundle = ResourceBundle.getBundle(PdfMessages.BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ExplainedFinding explain(ValidationFinding finding) {
        String field = field(finding);
        String ruleKey = "validation.rule." + finding.ruleId();
        String message;
        if (has(ruleKey + ".asks")) {
            String specific = format(ruleKey + ".asks", field);
            message = finding.layer() == RuleLayer.FRANCE_CTC ? format("validation.asks.FRANCE_CTC", specific) : specific;
        } else {
            message = format("validation.asks." + finding.layer().name(), field);
        }
        String fix = has(ruleKey + ".fix") ? format(ruleKey + ".fix", field)
                : format("validation.fix." + finding.layer().name(), field);
        String details = format("validation.details", finding.ruleId(), finding.ruleText().replaceAll("\\s+", " ").strip())
                + (finding.occurrences() > 1 ? " · " + format("validation.details.occurrences", finding.occurrences()) : "");
        return new ExplainedFinding(finding.ruleId(), finding.mainTerm(), field, finding.blocks(),
                format("validation.layer." + finding.layer().name()), message, fix, details);
    }

    /** « valide », « valide avec remarques », « non valide ». */
    public String verdict(Verdict verdict) {
        return format("validation.verdict." + verdict.name());
    }

    /** What Chorus Pro does with the report's profile, with its source. */
    public String profileNote(ValidationReport report, ValidationPolicy policy) {
        return format(ProfileRules.of(report.profile(), policy).noteKey());
    }

    /** The field's name with its term, e.g. « le total TTC (BT-112) »; the XML's structure when none. */
    String field(ValidationFinding finding) {
        if (finding.mainTerm().isEmpty()) {
            return format("validation.field.unknown");
        }
        String term = finding.mainTerm().get();
        String key = "validation.bt." + term;
        return has(key) ? format("validation.field.withTerm", format(key), term) : term;
    }

    private boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
