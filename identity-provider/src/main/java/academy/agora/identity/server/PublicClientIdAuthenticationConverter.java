package academy.agora.identity.server;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Lets public clients use the grants that carry no PKCE verifier: the device
 * authorization request and device code grant (RFC 8628), and the refresh token grant.
 * Spring Authorization Server only recognises a public client on an authorization code
 * exchange, so without this a public client could use neither.
 * <p>
 * Requests that present any client credential are left to the built-in converters.
 */
final class PublicClientIdAuthenticationConverter implements AuthenticationConverter {

	private static final Set<String> GRANTS_WITHOUT_VERIFIER = Set.of(AuthorizationGrantType.DEVICE_CODE.getValue(),
			AuthorizationGrantType.REFRESH_TOKEN.getValue());

	private final RequestMatcher deviceAuthorizationRequest;

	private final RequestMatcher tokenRequest;

	PublicClientIdAuthenticationConverter(AuthorizationServerSettings settings) {
		this.deviceAuthorizationRequest = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, settings.getDeviceAuthorizationEndpoint());
		this.tokenRequest = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, settings.getTokenEndpoint());
	}

	@Override
	public Authentication convert(HttpServletRequest request) {
		if (presentsCredentials(request)
				|| !(isDeviceAuthorizationRequest(request) || isTokenRequestWithoutVerifier(request))) {
			return null;
		}
		String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
		if (clientIds == null || clientIds.length != 1 || !StringUtils.hasText(clientIds[0])) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
					"OAuth 2.0 Parameter: " + OAuth2ParameterNames.CLIENT_ID, null));
		}
		return new PublicClientIdAuthenticationToken(clientIds[0]);
	}

	private boolean isDeviceAuthorizationRequest(HttpServletRequest request) {
		return this.deviceAuthorizationRequest.matches(request);
	}

	private boolean isTokenRequestWithoutVerifier(HttpServletRequest request) {
		return this.tokenRequest.matches(request)
				&& GRANTS_WITHOUT_VERIFIER.contains(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
	}

	private static boolean presentsCredentials(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
				|| request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null;
	}

}
