/** sandbox layer: see docs/architecture.md. */
package fr.chorusdesk.sandbox;
