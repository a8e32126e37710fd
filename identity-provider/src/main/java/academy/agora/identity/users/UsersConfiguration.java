package academy.agora.identity.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(PasswordEncoder passwordEncoder) {
		// DEMO-ONLY: every account gets the published demo password.
		String encodedPassword = passwordEncoder.encode(DemoUsers.DEMO_PASSWORD);
		return new InMemoryUserDetailsManager(DemoUsers.all()
			.stream()
			.map((user) -> User.withUsername(user.username())
				.password(encodedPassword)
				.roles(user.roles().stream().map(String::toUpperCase).toArray(String[]::new))
				.build())
			.toList());
	}

}
