package academy.agora.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page, which explains the programme to anyone, and the page shown when
 * signing in did not work out.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String landing() {
		return "home/landing";
	}

	@GetMapping("/sign-in-failed")
	String signInFailed() {
		return "home/sign-in-failed";
	}

}
