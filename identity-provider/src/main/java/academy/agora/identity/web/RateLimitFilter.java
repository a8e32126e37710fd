package academy.agora.identity.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import academy.agora.ratelimit.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Limits sign-in attempts and token requests per client address (see {@link RateLimits}),
 * so that guessing the demo or anyone's password is slow, and a flood of token requests
 * cannot load the issuer every service depends on. A refused browser gets a short page it
 * can read, an API client a problem.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(RateLimitFilter.class);

	private final RateLimits limits;

	RateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<RateLimits.Refusal> refused = this.limits.take(request.getMethod(), PathContainer.parsePath(path),
				new InetSocketAddress(request.getRemoteAddr(), request.getRemotePort()));
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		RateLimits.Refusal refusal = refused.get();
		logger.info("Rate limit '{}' refused a request of {}", refusal.limit(), refusal.client());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String accept = Optional.ofNullable(request.getHeader(HttpHeaders.ACCEPT)).orElse("");
		if (accept.contains(MediaType.TEXT_HTML_VALUE)) {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter()
				.write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Too many attempts</title>"
						+ "<h1>Too many attempts</h1><p>" + HtmlUtils.htmlEscape(refusal.message()) + "</p></html>");
		}
		else {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"https://agora.academy/problems/rate-limited\",\"title\":\"Too Many Requests\","
						+ "\"status\":429,\"detail\":\"" + refusal.message() + "\"}");
		}
	}

}
