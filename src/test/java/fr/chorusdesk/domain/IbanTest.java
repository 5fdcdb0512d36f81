package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values: the French example of the SWIFT IBAN registry (FR14 2004 1010 0505 0001 3M02 606)
 * and the IBAN printed on the FNFE BASIC WL sample invoice (BT-84).
 */
class IbanTest {

    private static final String REGISTRY_EXAMPLE = "FR1420041010050500013M02606";

    @Test
    void readsAnIbanWrittenInGroupsOrLowerCase() {
        assertThat(Iban.parse("FR14 2004 1010 0505 0001 3M02 606")).map(Iban::value).contains(REGISTRY_EXAMPLE);
        assertThat(Iban.parse("fr14\u00a02004-1010 0505 0001 3m02 606")).map(Iban::value).contains(REGISTRY_EXAMPLE);
        assertThat(Iban.parse("FR2012421242124212421242124")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR1420041010050500013M02607", // last digit changed: mod 97 is no longer 1
            "FR1520041010050500013M02606", // check digits changed
            "FR14200410100505",            // cut short, and failing
            "1420041010050500013M02606FR", // country at the end
            "FR14 2004 1010 0505 0001 3M02 606 0000 0000 0000 0000", // longer than 34
            ""})
    void refusesWhatFailsTheCheck(String text) {
        assertThat(Iban.parse(text)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(Iban.parse(null)).isEmpty();
        assertThatThrownBy(() -> new Iban("FR1420041010050500013M02607")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebuildsAFrenchIbanFromItsRibParts() {
        assertThat(Iban.fromParts("FR", "14", "20041", "01005", "0500013M026", "06")).map(Iban::value)
                .contains(REGISTRY_EXAMPLE);
    }

    @Test
    void rebuildsItFromPartsThatLostTheirLeadingZerosAsNumbers() {
        // a client typing the parts as integers sends 1005 for the branch 01005 and 6 for the key 06
        assertThat(Iban.fromParts("fr", "14", "20041", "1005", "500013M026", "6")).map(Iban::value)
                .contains(REGISTRY_EXAMPLE);
    }

    @Test
    void givesNothingWhenAPartIsMissingOrTheResultFails() {
        assertThat(Iban.fromParts("FR", "14", "20041", null, "0500013M026", "06")).isEmpty();
        assertThat(Iban.fromParts("FR", "14", "20041", "01005", "0500013M026", "07")).isEmpty();
        assertThat(Iban.fromParts(null, "14", "20041", "01005", "0500013M026", "06")).isEmpty();
        assertThat(Iban.fromParts("FR", " ", "20041", "01005", "0500013M026", "06")).isEmpty();
        assertThat(Iban.fromParts("FR", "14", "20041", "01005", "", "06")).isEmpty();
    }

    @Test
    void anIbanOfAnotherCountryIsItsPartsEndToEnd() {
        // German example of the registry: DE89 3704 0044 0532 0130 00, all of the BBAN in the account part
        assertThat(Iban.fromParts("DE", "89", null, null, "370400440532013000", null)).map(Iban::value)
                .contains("DE89370400440532013000");
    }

    @Test
    void aBankAndBranchOfAnotherCountryAreKeptInOrder() {
        // the same German example with its bank code (Bankleitzahl) apart from the account number
        assertThat(Iban.fromParts("DE", "89", "37040044", null, "0532013000", null)).map(Iban::value)
                .contains("DE89370400440532013000");
    }

    @Test
    void fifteenToThirtyFourCharactersPassingTheCheck() {
        // the registry's shortest, Norway: 15 characters
        assertThat(Iban.parse("NO93 8601 1117 947")).map(Iban::value).contains("NO9386011117947");
        // check digits worked out by ISO 7064 mod 97-10 for these made-up account numbers: each
        // passes the check, only its length decides
        assertThat(Iban.parse("FR221234567890")).as("14 characters").isEmpty();
        assertThat(Iban.parse("FR2512345678901234567890123456789A")).as("34 characters").isPresent();
        assertThat(Iban.parse("FR1412345678901234567890123456789AB")).as("35 characters").isEmpty();
    }

    @Test
    void printsInGroupsOfFourAndShortened() {
        Iban iban = Iban.parse(REGISTRY_EXAMPLE).orElseThrow();
        assertThat(iban.grouped()).isEqualTo("FR14 2004 1010 0505 0001 3M02 606");
        assertThat(iban).hasToString("FR14 2004 1010 0505 0001 3M02 606");
        assertThat(iban.shortened()).isEqualTo("FR14 … 2606");
    }
}
