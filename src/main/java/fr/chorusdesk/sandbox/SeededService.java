package fr.chorusdesk.sandbox;

/** A service of a seeded structure ({@code rechercherServicesStructure} entry). */
public record SeededService(long idService, String code, String libelle, boolean active,
        boolean engagementRequired) {
}
