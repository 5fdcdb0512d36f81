/** store layer: see docs/architecture.md. */
package fr.chorusdesk.store;
