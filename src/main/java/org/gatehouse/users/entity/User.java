package org.gatehouse.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account of multi-user mode (contract 2.1 {@code users}). */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
public class User {

    public static final String BY_USERNAME = "User.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "username", unique = true)
    private String username;

    /** bcrypt hash; never serialized. */
    @Column(name = "password", nullable = false)
    private String password;

    @Column(name = "pfpFilename")
    private String pfpFilename;

    @Column(name = "role", nullable = false)
    private String role = Role.DEFAULT.wireName();

    /** 0 or 1, an integer on the wire as in AnythingLLM. */
    @Column(name = "suspended", nullable = false)
    private int suspended;

    @Column(name = "seen_recovery_codes")
    private Boolean seenRecoveryCodes = Boolean.FALSE;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    @Column(name = "dailyMessageLimit")
    private Integer dailyMessageLimit;

    @Column(name = "bio")
    private String bio = "";

    /** Session tokens issued before this instant are refused; null until the first revocation. */
    @Column(name = "tokens_valid_after")
    private Instant tokensValidAfter;

    /**
     * The one session (its token id) that the last revocation spared: a user who changes their own
     * password keeps the session that did it. Null when the revocation ended every session.
     */
    @Column(name = "tokens_kept_session")
    private String tokensKeptSession;

    /** Never returned by the API. */
    @Lob
    @Column(name = "web_push_subscription_config")
    private String webPushSubscriptionConfig;

    protected User() {
    }

    public User(String username, String passwordHash, Role role, Instant now) {
        this.username = username;
        this.password = passwordHash;
        this.role = role.wireName();
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String passwordHash) { this.password = passwordHash; }
    public String getPfpFilename() { return pfpFilename; }
    public void setPfpFilename(String pfpFilename) { this.pfpFilename = pfpFilename; }
    public String getRole() { return role; }
    /** Whether this user holds exactly this role. */
    public boolean is(Role role) { return this.role.equals(role.wireName()); }
    public void setRole(Role role) { this.role = role.wireName(); }
    public int getSuspended() { return suspended; }
    public void setSuspended(int suspended) { this.suspended = suspended; }
    public Boolean getSeenRecoveryCodes() { return seenRecoveryCodes; }
    public void setSeenRecoveryCodes(Boolean seen) { this.seenRecoveryCodes = seen; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
    public Integer getDailyMessageLimit() { return dailyMessageLimit; }
    public void setDailyMessageLimit(Integer limit) { this.dailyMessageLimit = limit; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public Instant getTokensValidAfter() { return tokensValidAfter; }
    public String getTokensKeptSession() { return tokensKeptSession; }
    /** Ends every session of this user issued before {@code now}. */
    public void revokeSessions(Instant now) { revokeSessionsExcept(now, null); }
    /** Ends every session of this user issued before {@code now} but the one with this token id. */
    public void revokeSessionsExcept(Instant now, String sessionId) {
        this.tokensValidAfter = now;
        this.tokensKeptSession = sessionId;
    }
    public String getWebPushSubscriptionConfig() { return webPushSubscriptionConfig; }
    public void setWebPushSubscriptionConfig(String config) { this.webPushSubscriptionConfig = config; }
}
