package org.gatehouse.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workspace (contract 2.1 {@code workspaces}); the full row is what admin endpoints return. */
@Entity
@Table(name = "workspaces")
@NamedQuery(name = Workspace.BY_SLUG, query = "SELECT w FROM Workspace w WHERE w.slug = :slug")
public class Workspace {

    public static final String BY_SLUG = "Workspace.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Column(name = "vectorTag")
    private String vectorTag;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "openAiTemp")
    private Double openAiTemp;

    @Column(name = "openAiHistory", nullable = false)
    private int openAiHistory = 20;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    @Lob
    @Column(name = "openAiPrompt")
    private String openAiPrompt;

    @Column(name = "similarityThreshold")
    private Double similarityThreshold = 0.25;

    @Column(name = "chatProvider")
    private String chatProvider;

    @Column(name = "chatModel")
    private String chatModel;

    @Column(name = "topN")
    private Integer topN = 4;

    @Column(name = "chatMode")
    private String chatMode = "chat";

    @Column(name = "pfpFilename")
    private String pfpFilename;

    @Column(name = "agentProvider")
    private String agentProvider;

    @Column(name = "agentModel")
    private String agentModel;

    @Lob
    @Column(name = "queryRefusalResponse")
    private String queryRefusalResponse;

    @Column(name = "vectorSearchMode")
    private String vectorSearchMode = "default";

    @Column(name = "router_id")
    private Integer routerId;

    protected Workspace() {
    }

    public Workspace(String name, String slug, Instant now) {
        this.name = name;
        this.slug = slug;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public String getVectorTag() { return vectorTag; }
    public void setVectorTag(String vectorTag) { this.vectorTag = vectorTag; }
    public Instant getCreatedAt() { return createdAt; }
    public Double getOpenAiTemp() { return openAiTemp; }
    public void setOpenAiTemp(Double openAiTemp) { this.openAiTemp = openAiTemp; }
    public int getOpenAiHistory() { return openAiHistory; }
    public void setOpenAiHistory(int openAiHistory) { this.openAiHistory = openAiHistory; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
    public String getOpenAiPrompt() { return openAiPrompt; }
    public void setOpenAiPrompt(String openAiPrompt) { this.openAiPrompt = openAiPrompt; }
    public Double getSimilarityThreshold() { return similarityThreshold; }
    public void setSimilarityThreshold(Double value) { this.similarityThreshold = value; }
    public String getChatProvider() { return chatProvider; }
    public void setChatProvider(String chatProvider) { this.chatProvider = chatProvider; }
    public String getChatModel() { return chatModel; }
    public void setChatModel(String chatModel) { this.chatModel = chatModel; }
    public Integer getTopN() { return topN; }
    public void setTopN(Integer topN) { this.topN = topN; }
    public String getChatMode() { return chatMode; }
    public void setChatMode(String chatMode) { this.chatMode = chatMode; }
    public String getPfpFilename() { return pfpFilename; }
    public void setPfpFilename(String pfpFilename) { this.pfpFilename = pfpFilename; }
    public String getAgentProvider() { return agentProvider; }
    public void setAgentProvider(String agentProvider) { this.agentProvider = agentProvider; }
    public String getAgentModel() { return agentModel; }
    public void setAgentModel(String agentModel) { this.agentModel = agentModel; }
    public String getQueryRefusalResponse() { return queryRefusalResponse; }
    public void setQueryRefusalResponse(String value) { this.queryRefusalResponse = value; }
    public String getVectorSearchMode() { return vectorSearchMode; }
    public void setVectorSearchMode(String vectorSearchMode) { this.vectorSearchMode = vectorSearchMode; }
    public Integer getRouterId() { return routerId; }
    public void setRouterId(Integer routerId) { this.routerId = routerId; }
}
