package fr.chorusdesk.validation;

import java.util.Objects;

/**
 * A {@link FacturXValidator} that makes the phive one on its first validation, so that wiring the
 * application loads nothing of phive, Saxon or JAXB: the first frame never waits for them.
 */
public final class LazyFacturXValidator implements FacturXValidator {

    private final ValidationPolicy policy;
    private volatile FacturXValidator delegate;

    public LazyFacturXValidator(ValidationPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public ValidationReport validate(String name, byte[] xml) {
        FacturXValidator v = delegate;
        if (v == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = new PhiveFacturXValidator(policy);
                }
                v = delegate;
            }
        }
        return v.validate(name, xml);
    }
}
