/**
 * Erasure of a learner at their request (GDPR Art. 17), by an administrator. The request
 * is recorded together with the {@code learner.erased.v1} event that tells the other
 * services, in one write; every service, this one included, then removes what it holds of
 * the learner from before the erasure when the event reaches it, so that a crash between
 * the record and the deletion loses nothing. The record keeps the learner's subject and
 * the moment only: it is what makes late and replayed events about an erased learner
 * recognisable, so they are ignored instead of bringing data back.
 */
package academy.agora.progress.erasure;
