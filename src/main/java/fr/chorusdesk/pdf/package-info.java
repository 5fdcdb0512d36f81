/** pdf layer: see docs/architecture.md. */
package fr.chorusdesk.pdf;
