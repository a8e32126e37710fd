package academy.agora.web.config;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * Answers a form sent without a valid CSRF token, most often one left open in a tab after
 * the session ended, with 403 and a short page in the reader's language that leads back,
 * instead of a bare error. It is written here, without the page layout, because it is
 * answered before any controller runs.
 */
@Component
class RefusedRequestPage implements ServerAccessDeniedHandler {

	private final MessageSource messages;

	RefusedRequestPage(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		Locale locale = exchange.getLocaleContext().getLocale();
		Locale language = (locale != null) ? locale : Locale.ENGLISH;
		String title = text("error.expiredForm.title", language);
		String body = text("error.expiredForm.text", language);
		String back = text("error.expiredForm.back", language);
		String page = "<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(language.toLanguageTag())
				+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>" + title + "</title><link rel=\"stylesheet\" href=\"/assets/css/agora.css\"></head>"
				+ "<body><main id=\"main\" class=\"container narrow\"><h1>" + title + "</h1><p>" + body
				+ "</p><p><a class=\"button\" href=\"/\">" + back + "</a></p></main></body></html>";
		exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
		exchange.getResponse().getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		return exchange.getResponse()
			.writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8))));
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, key, locale));
	}

}
