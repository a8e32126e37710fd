/**
 * Limits how often one client may call an application's public endpoints, with a token
 * bucket per client address, for any web stack: the services' reactive filter in
 * {@code service-support} and the identity provider's servlet filter both use
 * {@link academy.agora.ratelimit.RateLimits}. It keeps scrapers, floods and password
 * guessers from loading the application; endpoints that must resist guessing (codes,
 * passwords) must still make it hopeless on their own.
 * <p>
 * An application turns it on with, for example: <pre class="code">
 * agora:
 *   rate-limits:
 *     - name: verification
 *       paths: /api/verify/**, /verify/**
 *       capacity: 30
 *       refill-per-minute: 60
 * </pre>
 */
package academy.agora.ratelimit;
