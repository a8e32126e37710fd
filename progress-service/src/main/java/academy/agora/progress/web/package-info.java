/**
 * What every feature's HTTP API shares: who the signed-in user is, problem details for
 * every domain exception, and CSV downloads.
 */
package academy.agora.progress.web;
