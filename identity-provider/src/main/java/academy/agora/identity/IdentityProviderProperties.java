package academy.agora.identity;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity provider that are not Spring Authorization Server's own.
 *
 * @param dataDir where state that must survive a restart (the signing key) is kept
 * @param accessTokenTimeToLive how long access tokens are valid; long enough for a demo
 * session or an end-to-end test, short enough that a leaked token soon expires
 * @param refreshTokenTimeToLive how long a refresh token issued to the web client is
 * valid
 * @param webBaseUrl where browsers reach the web application; its {@code /callback} is
 * the web client's redirect URI and its {@code /} where signing out returns to
 */
@ConfigurationProperties("agora.identity")
public record IdentityProviderProperties(@DefaultValue(".data/identity-provider") Path dataDir,
		@DefaultValue("30m") Duration accessTokenTimeToLive, @DefaultValue("8h") Duration refreshTokenTimeToLive,
		@DefaultValue("http://localhost:8080") URI webBaseUrl) {

}
