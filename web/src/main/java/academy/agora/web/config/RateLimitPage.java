package academy.agora.web.config;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import academy.agora.ratelimit.RateLimits;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.HtmlUtils;

/**
 * Limits requests per client on the configured paths (see {@link RateLimits}): once a
 * client's bucket is empty it gets 429 with {@code Retry-After} and a short page in its
 * language saying how long to wait, before any session, token or service is touched.
 */
class RateLimitPage implements WebFilter, Ordered {

	/**
	 * Before Spring Security's filters (at -100), as the services' own rate limit runs,
	 * so that a flood costs neither a session lookup nor a call to a service.
	 */
	static final int ORDER = -200;

	private static final Log logger = LogFactory.getLog(RateLimitPage.class);

	private final RateLimits limits;

	private final MessageSource messages;

	RateLimitPage(RateLimits limits, MessageSource messages) {
		this.limits = limits;
		this.messages = messages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		return this.limits
			.take(request.getMethod().name(), request.getPath().pathWithinApplication(), request.getRemoteAddress())
			.map((refusal) -> tooManyRequests(exchange, refusal))
			.orElseGet(() -> chain.filter(exchange));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private Mono<Void> tooManyRequests(ServerWebExchange exchange, RateLimits.Refusal refusal) {
		if (logger.isDebugEnabled()) {
			logger.debug("Rate limit '" + refusal.limit() + "' refused a request of " + refusal.client());
		}
		Locale resolved = exchange.getLocaleContext().getLocale();
		Locale locale = (resolved != null) ? resolved : Locale.ENGLISH;
		String title = text("rateLimited.title", locale);
		String body = text("rateLimited.text", locale,
				NumberFormat.getIntegerInstance(locale).format(refusal.retryAfterSeconds()));
		String back = text("rateLimited.back", locale);
		String page = "<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.toLanguageTag())
				+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>" + title + " · Agora Academy</title><link rel=\"stylesheet\" href=\"/assets/css/agora.css\">"
				+ "</head><body><main id=\"main\" class=\"container narrow\"><div class=\"notice notice-warning\"><h1>"
				+ title + "</h1><p>" + body + "</p></div><p class=\"actions\"><a class=\"button\" href=\"/verify\">"
				+ back + "</a></p></main></body></html>";
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
		response.getHeaders().setCacheControl(CacheControl.noStore());
		// Answered before Spring Security writes its headers: the same policy, in short.
		response.getHeaders()
			.set("Content-Security-Policy",
					"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'");
		response.getHeaders().set("X-Content-Type-Options", "nosniff");
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(response.bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8))));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, arguments, key, locale));
	}

}
