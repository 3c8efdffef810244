package org.gatehouse.sso.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.auth.boundary.SimpleSsoEnabled;
import org.gatehouse.auth.boundary.SignInAnswers;
import org.gatehouse.auth.control.SignIn;
import org.gatehouse.auth.control.SsoLogin;
import org.gatehouse.platform.control.Outcome;

/** E12, {@code GET /api/request-token/sso/simple?token=}: a one-time token buys a session. */
@Path("request-token/sso/simple")
@SimpleSsoEnabled
public class SsoLoginResource {

    @Inject
    SsoLogin sso;

    @Context
    HttpServletRequest request;

    @Inject
    ClientAddresses addresses;

    @GET
    public Response redeem(@QueryParam("token") String token) {
        Outcome<SignIn.SignedIn> outcome = sso.redeem(token, addresses.of(request));
        return outcome instanceof Outcome.Done<SignIn.SignedIn> done
                ? SignInAnswers.sso(done.value()) : SignInAnswers.ssoRefused(outcome.error());
    }
}
