package fr.chorusdesk.validation;

/** The UN/CEFACT namespaces of a Cross Industry Invoice (CII D16B), under the prefixes the rule sets use. */
final class CiiNamespaces {

    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    static final String QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    private CiiNamespaces() {
    }
}
