/** service layer: see docs/architecture.md. */
package fr.chorusdesk.service;
