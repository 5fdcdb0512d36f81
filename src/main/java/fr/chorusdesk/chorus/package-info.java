/** chorus layer: see docs/architecture.md. */
package fr.chorusdesk.chorus;
