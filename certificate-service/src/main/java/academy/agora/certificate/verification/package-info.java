/**
 * Anyone, without signing in, checks a certificate by the verification code printed on
 * it. The answer shows what the certificate states, never who the learner is at the
 * identity provider, and is never cached, so a revocation shows at once.
 */
package academy.agora.certificate.verification;
