package fr.chorusdesk.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.domain.VatRegime;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One profile of settings.json as a flat JSON object of strings (plus {@code stateRecipients}, the
 * user's answers about recipients, an object of booleans). The two secrets appear only as
 * the keys under which the credential store keeps them ({@code clientSecretRef},
 * {@code technicalPasswordRef}); their values never reach this file.
 */
final class ProfileJson {

    /** The user's answer to « is it the State? » per recipient SIRET: an object of booleans. */
    private static final String STATE_RECIPIENTS = "stateRecipients";
    private static final String STRICT_ENGAGEMENT_CHECK = "strictEngagementCheck";
    /** The structure's valid bank accounts: an array of {@code {id, name, iban?}} (settings version 4). */
    private static final String BANK_ACCOUNTS = "bankAccounts";

    private ProfileJson() {
    }

    static void write(JsonGenerator out, SupplierProfile p) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", p.id());
        out.writeStringField("name", p.name());
        out.writeStringField("environment", p.environment().name());
        optional(out, "apiUrl", p.apiUrl());
        optional(out, "tokenUrl", p.tokenUrl());
        out.writeStringField("clientId", p.clientId());
        out.writeStringField("clientSecretRef", p.clientSecretRef());
        out.writeStringField("technicalLogin", p.technicalLogin());
        out.writeStringField("technicalPasswordRef", p.technicalPasswordRef());
        if (p.structure().isPresent()) {
            SupplierStructure s = p.structure().get();
            out.writeStringField("structureId", Long.toString(s.idStructureCPP()));
            out.writeStringField("structureSiret", s.siret());
            out.writeStringField("structureName", s.name());
        }
        if (p.service().isPresent()) {
            SupplierService s = p.service().get();
            out.writeStringField("serviceId", Long.toString(s.idService()));
            out.writeStringField("serviceCode", s.code());
            out.writeStringField("serviceLabel", s.label());
        }
        if (p.bankAccount().isPresent()) {
            out.writeStringField("bankAccountId", Long.toString(p.bankAccount().get().id()));
            out.writeStringField("bankAccountName", p.bankAccount().get().name());
        }
        if (!p.bankAccounts().isEmpty()) {
            out.writeArrayFieldStart(BANK_ACCOUNTS);
            for (SupplierBankAccount account : p.bankAccounts()) {
                out.writeStartObject();
                out.writeStringField("id", Long.toString(account.id()));
                out.writeStringField("name", account.name());
                optional(out, "iban", account.iban().map(Iban::value));
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        optional(out, "lastCheck", p.lastCheck().map(Instant::toString));
        optional(out, "passwordExpiry", p.passwordExpiry().map(e -> e.date().toString()));
        optional(out, "vatRegime", p.invoicingDefaults().vatRegime().map(Enum::name));
        optional(out, "paymentMode", p.invoicingDefaults().paymentMode().map(Enum::name));
        RecipientAnswers answers = p.recipientAnswers();
        if (answers.strictEngagementCheck()) {
            out.writeStringField(STRICT_ENGAGEMENT_CHECK, "true");
        }
        if (!answers.stateBySiret().isEmpty()) {
            out.writeObjectFieldStart(STATE_RECIPIENTS);
            for (var answer : answers.stateBySiret().entrySet()) {
                out.writeBooleanField(answer.getKey(), answer.getValue());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void optional(JsonGenerator out, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    /** Reads the object the parser is on; fields of a newer version are skipped. */
    static SupplierProfile read(JsonParser in) throws IOException {
        Map<String, String> fields = new HashMap<>();
        Map<String, Boolean> stateRecipients = new HashMap<>();
        List<SupplierBankAccount> accounts = new ArrayList<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            JsonToken value = in.nextToken();
            if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
                fields.put(name, in.getText());
            } else if (STATE_RECIPIENTS.equals(name) && value == JsonToken.START_OBJECT) {
                readAnswers(in, stateRecipients);
            } else if (BANK_ACCOUNTS.equals(name) && value == JsonToken.START_ARRAY) {
                readAccounts(in, accounts);
            } else {
                in.skipChildren();
            }
        }
        if (in.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("settings: a profile object is not closed");
        }
        try {
            return toProfile(fields, accounts).withRecipientAnswers(new RecipientAnswers(stateRecipients,
                    "true".equals(fields.get(STRICT_ENGAGEMENT_CHECK))));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            throw new IOException("settings: a profile is invalid (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** SIRET → answer; an entry that is not a SIRET or not a boolean is left out. */
    private static void readAnswers(JsonParser in, Map<String, Boolean> into) throws IOException {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String siret = in.currentName();
            JsonToken value = in.nextToken();
            if ((value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) && Siret.parse(siret).isPresent()) {
                into.put(Siret.parse(siret).get().value(), value == JsonToken.VALUE_TRUE);
            } else {
                in.skipChildren();
            }
        }
    }

    /** The accounts array; an entry without a numeric id is left out, an IBAN that fails its check is dropped. */
    private static void readAccounts(JsonParser in, List<SupplierBankAccount> into) throws IOException {
        for (JsonToken item = in.nextToken(); item != JsonToken.END_ARRAY; item = in.nextToken()) {
            if (item == null) {
                throw new IOException("settings: the bank accounts are not closed");
            }
            if (item != JsonToken.START_OBJECT) {
                in.skipChildren();
                continue;
            }
            Map<String, String> entry = new HashMap<>();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
                    entry.put(name, in.getText());
                } else {
                    in.skipChildren();
                }
            }
            String id = entry.getOrDefault("id", "");
            if (id.matches("\\d{1,18}")) {
                into.add(new SupplierBankAccount(Long.parseLong(id), entry.getOrDefault("name", ""),
                        Iban.parse(entry.get("iban"))));
            }
        }
    }

    private static SupplierProfile toProfile(Map<String, String> f, List<SupplierBankAccount> accounts) {
        Optional<SupplierStructure> structure = Optional.ofNullable(f.get("structureId"))
                .map(id -> new SupplierStructure(Long.parseLong(id), f.getOrDefault("structureSiret", ""),
                        f.getOrDefault("structureName", "")));
        Optional<SupplierService> service = Optional.ofNullable(f.get("serviceId"))
                .map(id -> new SupplierService(Long.parseLong(id), f.getOrDefault("serviceCode", ""),
                        f.getOrDefault("serviceLabel", "")));
        Optional<SupplierBankAccount> bank = Optional.ofNullable(f.get("bankAccountId"))
                .map(id -> new SupplierBankAccount(Long.parseLong(id), f.getOrDefault("bankAccountName", "")));
        return new SupplierProfile(f.get("id"), f.getOrDefault("name", f.get("id")),
                AccountEnvironment.valueOf(f.get("environment")),
                Optional.ofNullable(f.get("apiUrl")), Optional.ofNullable(f.get("tokenUrl")),
                f.getOrDefault("clientId", ""), f.getOrDefault("technicalLogin", ""),
                structure, service, bank,
                Optional.ofNullable(f.get("lastCheck")).map(Instant::parse),
                Optional.ofNullable(f.get("passwordExpiry")).map(LocalDate::parse).map(PasswordExpiry::new),
                // absent in files written before the usual VAT regime and payment mode existed
                new InvoicingDefaults(Optional.ofNullable(f.get("vatRegime")).map(VatRegime::valueOf),
                        Optional.ofNullable(f.get("paymentMode")).map(PaymentMode::valueOf)),
                RecipientAnswers.NONE, accounts);
    }
}
