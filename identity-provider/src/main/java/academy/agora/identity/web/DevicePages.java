package academy.agora.identity.web;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The two pages of the device authorization grant that Spring Authorization Server does
 * not render itself: where a person types the code their terminal shows, and where they
 * land once it is accepted ({@code /?success}).
 */
@RestController
class DevicePages {

	@GetMapping(path = "/oauth2/device_verification", params = "!user_code", produces = MediaType.TEXT_HTML_VALUE)
	String enterCode() {
		return page("Sign in a device", """
				<form method="get">
				<p><label for="user_code">Enter the code shown in your terminal</label></p>
				<p><input id="user_code" name="user_code" autofocus autocomplete="off" required></p>
				<p><button type="submit">Continue</button></p>
				</form>""");
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home(Principal principal, @RequestParam(required = false) String success) {
		String who = "<p>Signed in as " + HtmlUtils.htmlEscape(principal.getName()) + ".</p>";
		if (success != null) {
			return page("Device signed in", who + "<p>Your device is signed in. You can return to your terminal.</p>");
		}
		return page("Agora Academy", who + "<p><a href=\"/logout\">Sign out</a></p>");
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
				<body><h1>%s</h1>
				%s
				</body></html>
				""".formatted(title, title, body);
	}

}
