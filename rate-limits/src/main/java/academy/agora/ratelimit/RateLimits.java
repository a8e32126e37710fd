package academy.agora.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.http.server.PathContainer;

/**
 * The configured limits of one application, whatever web stack serves it: the services'
 * reactive filter and the identity provider's servlet filter both ask it whether a
 * request may go on.
 * <p>
 * The client is the remote address of the connection. Behind a reverse proxy that is the
 * proxy, unless {@code server.forward-headers-strategy} is {@code native} or
 * {@code framework}: then Spring takes the client from the proxy's {@code Forwarded} or
 * {@code X-Forwarded-For} header before any filter runs. Set it only where a proxy that
 * overwrites those headers stands in front; this class never reads them itself, since any
 * client can send them and so pick a fresh key per request. An IPv6 client counts by its
 * /64 network, because one subscriber usually holds all of a /64 and could otherwise
 * rotate through addresses.
 */
public final class RateLimits {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private final List<RateLimiter> limiters;

	private final LongSupplier ticker;

	/**
	 * Creates the limits.
	 * @param limits the limits; a request counts against the first whose paths match
	 * @param ticker nanoseconds, {@code System::nanoTime} outside tests
	 */
	public RateLimits(List<RateLimitProperties.Limit> limits, LongSupplier ticker) {
		long now = ticker.getAsLong();
		this.limiters = limits.stream().map((limit) -> new RateLimiter(limit, now)).toList();
		this.ticker = ticker;
	}

	/**
	 * Takes a token for a request, if a limit covers its method and path.
	 * @param method the HTTP method
	 * @param path the path within the application
	 * @param client the connection's remote address, or {@code null} if unknown
	 * @return empty if the request may go on, otherwise the refusal
	 */
	public Optional<Refusal> take(String method, PathContainer path, InetSocketAddress client) {
		for (RateLimiter limiter : this.limiters) {
			if (limiter.covers(method, path)) {
				String key = clientKey(client);
				long wait = limiter.take(key, this.ticker.getAsLong());
				return (wait > 0)
						? Optional.of(new Refusal(limiter.name(), key, Math.max(1, (wait + SECOND - 1) / SECOND)))
						: Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * The key a client's requests count under.
	 * @param remote the connection's remote address, or {@code null}
	 * @return the address, or its /64 network for IPv6
	 */
	public static String clientKey(InetSocketAddress remote) {
		if (remote == null || remote.getAddress() == null) {
			return (remote != null) ? remote.getHostString() : "unknown";
		}
		InetAddress address = remote.getAddress();
		if (address instanceof Inet6Address) {
			byte[] network = Arrays.copyOf(Arrays.copyOf(address.getAddress(), 8), 16);
			try {
				return InetAddress.getByAddress(network).getHostAddress() + "/64";
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException("16 bytes are an IPv6 address", ex);
			}
		}
		return address.getHostAddress();
	}

	/**
	 * A request refused.
	 *
	 * @param limit the name of the limit that refused it
	 * @param client the client's key
	 * @param retryAfterSeconds whole seconds until the client may try again, at least 1
	 */
	public record Refusal(String limit, String client, long retryAfterSeconds) {

		/**
		 * What to tell the client.
		 * @return a sentence in plain English
		 */
		public String message() {
			return "Too many requests from your address. Please wait " + this.retryAfterSeconds
					+ ((this.retryAfterSeconds == 1) ? " second" : " seconds") + " and try again.";
		}

	}

}
