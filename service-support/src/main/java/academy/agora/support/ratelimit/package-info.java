/**
 * Limits how often one client may call a service's public endpoints, such as the
 * certificate verification, with a token bucket per client address. It keeps scrapers and
 * floods from loading the service; it is no defence against guessing, which the endpoints
 * must make hopeless on their own.
 * <p>
 * A service turns it on with, for example: <pre class="code">
 * agora:
 *   rate-limits:
 *     - name: verification
 *       paths: /api/verify/**, /verify/**
 *       capacity: 30
 *       refill-per-minute: 60
 * </pre>
 */
package academy.agora.support.ratelimit;
