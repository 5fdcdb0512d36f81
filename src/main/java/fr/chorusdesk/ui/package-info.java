/** ui layer: see docs/architecture.md. */
package fr.chorusdesk.ui;
