package academy.agora.support.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

/**
 * A Content-Security-Policy on every response that does not set its own. The APIs answer
 * JSON, which a browser must never run or frame: nothing may load. The API explorer
 * (Swagger UI) is HTML that loads its own scripts and styles, so it may load from this
 * origin and nothing else. A page that needs more (the certificate verification page
 * allows its one inline style by hash) sets its own policy, which is kept.
 */
final class ContentSecurityPolicy implements ServerHttpHeadersWriter {

	static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String SAME_ORIGIN = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	private static final String HEADER = "Content-Security-Policy";

	@Override
	public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		if (!headers.containsHeader(HEADER)) {
			String path = exchange.getRequest().getPath().pathWithinApplication().value();
			headers.set(HEADER,
					(path.startsWith("/swagger-ui") || path.startsWith("/webjars/")) ? SAME_ORIGIN : NOTHING);
		}
		return Mono.empty();
	}

}
