/**
 * Wire format of the Chorus Pro API behind the PISTE gateway: one record per request and response
 * body, JSON names spelled exactly as the API spells them. Shared by the client and the embedded
 * sandbox, so both sides agree on one definition of the format.
 */
package fr.chorusdesk.chorus.api;
