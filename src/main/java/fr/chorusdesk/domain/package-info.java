/** domain layer: see docs/architecture.md. */
package fr.chorusdesk.domain;
