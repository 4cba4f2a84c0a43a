package org.hearth.access.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.config.Customizer;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * The HTTP security policy. Pages need a full sign-in ({@link StaffPrincipal#SIGNED_IN}); a session that
 * has passed only the password step may reach the second-factor pages and nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere; the QR code is inline SVG markup, not an image. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /**
     * First of all filters (before sessions, security and the audit): the client address and HTTPS as trusted
     * proxies report them. See {@link TrustedProxyFilter}.
     */
    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(
            @Value("${hearth.security.trusted-proxies:}") List<String> trustedProxies) {
        FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
                new TrustedProxyFilter(trustedProxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with an {id} prefix so hashes can move to a stronger scheme as users sign in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Systems calling {@code /api/**} with {@code Authorization: Bearer <token>}: stateless, no session, no
     * CSRF (a bearer token is not sent by browsers on their own, so cross-site forgery does not arise); each
     * endpoint needs its scope. Checked first; every other request (cookie sessions, with CSRF) goes on to
     * {@link #web}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiClients clients) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http
            .securityMatcher(ApiTokenFilter.BEARER_API)
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.POST, "/api/referrals").hasAuthority(ApiScope.REFERRALS_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/referrals/*").hasAuthority(ApiScope.REFERRALS_READ.authority())
                .requestMatchers(HttpMethod.POST, "/api/marac/referrals")
                .hasAuthority(ApiScope.MARAC_REFERRALS_WRITE.authority())
                .requestMatchers(HttpMethod.POST, "/api/casework/cases")
                .hasAuthority(ApiScope.CASEWORK_REFERRALS_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/casework/cases", "/api/casework/cases/*",
                        "/api/casework/cases/*/contacts", "/api/casework/cases/*/outcomes",
                        "/api/casework/cases/*/court")
                .hasAuthority(ApiScope.CASEWORK_READ.authority())
                .requestMatchers(HttpMethod.GET, "/api/commissioning/budgets/*",
                        "/api/commissioning/safe-accommodation/*")
                .hasAuthority(ApiScope.COMMISSIONING_READ.authority())
                .requestMatchers(HttpMethod.POST, "/api/commissioning/spend")
                .hasAuthority(ApiScope.COMMISSIONING_SPEND_WRITE.authority())
                .requestMatchers(HttpMethod.POST, "/api/workforce/ambassadors", "/api/workforce/ambassadors/*/refreshers",
                        "/api/workforce/ambassadors/*/reach", "/api/workforce/ambassadors/*/step-down")
                .hasAuthority(ApiScope.AMBASSADORS_WRITE.authority())
                .anyRequest().denyAll())
            .addFilterBefore(new ApiTokenFilter(clients), AnonymousAuthenticationFilter.class)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable())
            .anonymous(anonymous -> anonymous.disable())
            .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(SecurityConfiguration::apiHeaders);
        return http.build();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, JdbcStaffUsers users, PasswordEncoder encoder, PasswordCheckGate gate,
            LoginThrottle throttle, AuditTrail audit, SignIn signIn, OidcSettings oidc, SecretBox box,
            org.hearth.partnership.Partnerships partnerships,
            @Value("${hearth.security.public-base-url:}") String publicBaseUrl,
            @Value("${hearth.security.absolute-session-timeout:10h}") Duration absoluteTimeout) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        SessionExpiredResponder expired = new SessionExpiredResponder();
        http
            // the only way to authenticate; no parent manager to fall back to after a lockout
            .authenticationManager(new ProviderManager(OidcLogin.withProviders(oidc,
                    new PasswordAuthenticationProvider(users, encoder, gate, throttle, audit, signIn))))
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                .requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/assets/**", "/favicon.ico",
                        "/robots.txt").permitAll()
                .requestMatchers("/login", "/login/failed", "/login/expired", "/error", "/actuator/health",
                        "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                .requestMatchers("/login/code", "/login/enrol").hasAuthority(MfaPendingAuthentication.AUTHORITY)
                .requestMatchers("/directory/manage", "/directory/manage/**").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority())
                .requestMatchers("/directory", "/directory/**").permitAll()
                // BVPI 225: coordinators and administrators; analysts may read the history (no person data)
                .requestMatchers(HttpMethod.GET, "/strategy/bvpi225/history").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority(), Role.ANALYST.authority())
                // Strategies, action plans and the partnership checklist: analysts read; the forms that change them
                // are refused here before the strategy they name is looked up (and again by @PreAuthorize)
                .requestMatchers(HttpMethod.GET, "/strategy/plans/new", "/strategy/plans/*/adopt",
                        "/strategy/plans/*/*/new", "/strategy/checklist/new").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority())
                .requestMatchers(HttpMethod.GET, "/strategy/plans", "/strategy/plans/**", "/strategy/checklist",
                        "/strategy/checklist/**", "/api/strategy/strategies", "/api/strategy/strategies/**",
                        "/api/strategy/actions/**", "/api/strategy/checklist/**", "/api/strategy/status").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority(), Role.ANALYST.authority())
                .requestMatchers("/strategy/**", "/api/strategy/**").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority())
                // Training: counts by staff group; coordinators and administrators record, analysts read
                .requestMatchers(HttpMethod.GET, "/workforce/training", "/api/workforce/training").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority(), Role.ANALYST.authority())
                // the Quality Mark register: organisations' names and levels, for every member of staff (not analysts,
                // who see figures only, nor key adults, who see only their own notifications)
                .requestMatchers(HttpMethod.GET, "/workforce/quality-mark/register").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority(),
                        Role.HUB_COORDINATOR.authority(), Role.PRACTITIONER.authority(),
                        Role.AGENCY_REPRESENTATIVE.authority(), Role.DISCLOSURE_TEAM.authority())
                // the rest of the workforce (Quality Mark applications, ambassadors): coordinators and administrators
                .requestMatchers("/workforce/**", "/api/workforce/**").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority())
                .requestMatchers("/admin/**", "/audit/**").hasAuthority(Role.SYSTEM_ADMIN.authority())
                // four eyes on role grants: a second administrator or the partnership coordinator decides
                .requestMatchers("/role-grants", "/role-grants/**").hasAnyAuthority(
                        Role.APPROVERS.stream().map(Role::authority).toArray(String[]::new))
                .requestMatchers("/triage", "/triage/**").hasAuthority(Role.HUB_COORDINATOR.authority())
                // the daily hub's JSON door: a coordinator's decisions (refused before the body is read)
                .requestMatchers("/api/hub/**").hasAuthority(Role.HUB_COORDINATOR.authority())
                // Operation Encompass: a school's (or GP practice's) key adult sees their own establishment's
                // notifications and nothing else; the hub runs the clock and keeps the register
                .requestMatchers("/establishment/**", "/api/establishment/**").hasAuthority(
                        Role.ESTABLISHMENT_CONTACT.authority())
                // the attention lists name the children and adults waiting for a school or a practice: choosing one
                // is a hub coordinator's (an administrator keeps the registers and sees how many wait)
                .requestMatchers("/encompass/attention/**", "/encompass/gp/attention/**")
                .hasAuthority(Role.HUB_COORDINATOR.authority())
                .requestMatchers("/encompass", "/encompass/**", "/api/encompass/**").hasAnyAuthority(
                        Role.HUB_COORDINATOR.authority(),
                        Role.SYSTEM_ADMIN.authority())
                // allocation requests: hub coordinators decide; break-glass openings (whose record, and the reason
                // typed about them) are reviewed by hub coordinators and information governance, never by the
                // partnership coordinator, who sees no person's record
                .requestMatchers("/break-glass/allocations", "/break-glass/allocations/**")
                .hasAuthority(Role.HUB_COORDINATOR.authority())
                .requestMatchers("/break-glass", "/break-glass/**").hasAnyAuthority(Role.HUB_COORDINATOR.authority(),
                        Role.INFORMATION_GOVERNANCE.authority())
                .requestMatchers(HttpMethod.POST, "/api/marac/referrals").hasAnyAuthority(
                        Role.CASEWORK.stream().map(Role::authority).toArray(String[]::new))
                // MARAC's and Clare's Law's JSON doors: refused by role before the body is read (the modules check
                // again, person by person)
                .requestMatchers("/api/marac/meetings/**", "/api/marac/actions", "/api/marac/actions/**")
                .hasAnyAuthority(Role.CASEWORK.stream().map(Role::authority).toArray(String[]::new))
                .requestMatchers("/api/marac/signing-key", "/api/marac/partners", "/api/marac/partners/**")
                .hasAuthority(Role.SYSTEM_ADMIN.authority())
                .requestMatchers("/api/marac/transfers/**", "/api/marac/maracs/*/waiting", "/api/marac/referrals/*/meeting")
                .hasAuthority(Role.HUB_COORDINATOR.authority())
                .requestMatchers("/api/disclosure/**").hasAuthority(Role.DISCLOSURE_TEAM.authority())
                // subject access: information governance only (refused before the request is looked up or read)
                .requestMatchers("/subject-access", "/subject-access/**", "/api/subject-access/**")
                .hasAuthority(Role.INFORMATION_GOVERNANCE.authority())
                // commissioning's JSON door: coordinators and analysts read, coordinators write; refused by role
                // before the body is read (tokens are checked by scope in the api chain)
                .requestMatchers(HttpMethod.GET, "/api/commissioning/**").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.ANALYST.authority())
                .requestMatchers("/api/commissioning/**").hasAuthority(Role.PARTNERSHIP_COORDINATOR.authority())
                // death reviews' JSON door: coordinators run reviews, panel members (casework roles) read theirs;
                // refused by role before the body is read (the module decides who is on which panel)
                .requestMatchers(HttpMethod.GET, "/api/reviews", "/api/reviews/**").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.HUB_COORDINATOR.authority(),
                        Role.PRACTITIONER.authority(), Role.AGENCY_REPRESENTATIVE.authority())
                .requestMatchers("/api/reviews", "/api/reviews/**").hasAuthority(Role.PARTNERSHIP_COORDINATOR.authority())
                // retention's JSON door: the schedule for coordinators and administrators, the review, holds and
                // erasures for coordinators; refused by role before the body is read
                .requestMatchers("/api/retention/schedule", "/api/retention/schedule/**").hasAnyAuthority(
                        Role.PARTNERSHIP_COORDINATOR.authority(), Role.SYSTEM_ADMIN.authority())
                .requestMatchers("/api/retention/**").hasAuthority(Role.PARTNERSHIP_COORDINATOR.authority())
                // order types' lengths and clocks: administrators
                .requestMatchers("/api/orders/types", "/api/orders/types/**").hasAuthority(Role.SYSTEM_ADMIN.authority())
                // casework's JSON door: refused before the body is read to anyone without a casework role
                .requestMatchers("/api/casework/**").hasAnyAuthority(
                        Role.CASEWORK.stream().map(Role::authority).toArray(String[]::new))
                .requestMatchers("/people/**", "/api/people/**", "/referrals/**", "/api/referrals/**").hasAnyAuthority(
                        Role.CASEWORK.stream().map(Role::authority).toArray(String[]::new))
                .anyRequest().hasAuthority(StaffPrincipal.SIGNED_IN))
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(passwordAccepted(signIn))
                .failureHandler(passwordRejected()))
            .with(new OidcLogin(oidc, box, publicBaseUrl, new OidcSignIn(oidc, users, partnerships, signIn, audit)),
                    Customizer.withDefaults())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?signedOut")
                .deleteCookies("HEARTH_SESSION"))
            .sessionManagement(session -> session.invalidSessionStrategy(expired))
            .addFilterAfter(new AbsoluteSessionTimeoutFilter(absoluteTimeout, expired), SecurityContextHolderFilter.class)
            .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    /**
     * The public directory of services ({@code GET /directory/**} but not its management pages), for people at
     * risk: stateless, so it never creates a session, reads one or sets a cookie (no CSRF token either: it only
     * answers GET), and everyone, signed in or not, sees the same anonymous page. Same strict headers, including
     * {@code Cache-Control: no-store}.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain publicDirectory(HttpSecurity http) throws Exception {
        http
            .securityMatcher(PUBLIC_DIRECTORY)
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    /** GET and HEAD of {@code /directory} and below, except {@code /directory/manage} and below. */
    static final RequestMatcher PUBLIC_DIRECTORY = publicDirectoryMatcher();

    private static RequestMatcher publicDirectoryMatcher() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher directory = new OrRequestMatcher(
                paths.matcher(HttpMethod.GET, "/directory"), paths.matcher(HttpMethod.GET, "/directory/**"),
                paths.matcher(HttpMethod.HEAD, "/directory"), paths.matcher(HttpMethod.HEAD, "/directory/**"));
        RequestMatcher manage = new OrRequestMatcher(paths.matcher("/directory/manage"),
                paths.matcher("/directory/manage/**"));
        return new AndRequestMatcher(directory, new NegatedRequestMatcher(manage));
    }

    /** The API's headers: no framing, no referrer, HTTPS only, and the content security policy. */
    private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .httpStrictTransportSecurity(hsts -> hsts
                .requestMatcher(AnyRequestMatcher.INSTANCE)
                .includeSubDomains(true)
                .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    /** The pages' headers: the API's, and no camera, microphone or location, and no opener across origins. */
    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        apiHeaders(headers);
        headers
            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                    "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
            .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
    }

    private static AuthenticationSuccessHandler passwordAccepted(SignIn signIn) {
        return (request, response, authentication) -> {
            request.getSession().removeAttribute(LoginController.FIRST_FACTOR);
            if (authentication instanceof MfaPendingAuthentication pending) {
                response.sendRedirect(request.getContextPath()
                        + (pending.getPrincipal().mfaEnrolled() ? "/login/code" : "/login/enrol"));
                return;
            }
            StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
            signIn.completed(request, principal, "password (demo account)");
            response.sendRedirect(request.getContextPath() + signIn.landingPage(request, response));
        };
    }

    /** Re-renders the sign-in page with the reason and a 4xx status, rather than redirecting. */
    static AuthenticationFailureHandler passwordRejected() {
        return (request, response, exception) -> {
            if (exception instanceof SignInDelayedException delayed) {
                long seconds = delayed.retryAfterSeconds();
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(seconds));
                request.setAttribute(LoginController.ERROR_ATTRIBUTE, SignInDelayedException.message(seconds));
            } else if (exception instanceof SignInBusyException) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", String.valueOf(SignInBusyException.RETRY_AFTER_SECONDS));
                request.setAttribute(LoginController.ERROR_ATTRIBUTE, SignInBusyException.MESSAGE);
            } else {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                request.setAttribute(LoginController.ERROR_ATTRIBUTE,
                        "The username or password is not right. Check them and try again.");
            }
            request.setAttribute(LoginController.USERNAME_ATTRIBUTE, request.getParameter("username"));
            request.getRequestDispatcher("/login/failed").forward(request, response);
        };
    }
}
