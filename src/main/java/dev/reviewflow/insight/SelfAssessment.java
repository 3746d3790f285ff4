package dev.reviewflow.insight;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The share of its customers a workspace believes it serves excellently. Keyed by the workspace,
 * like its settings: the platform admin may set it for any workspace, so it is not tenant-filtered;
 * {@link SelfAssessmentService} checks who may read and write it.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends PanacheEntityBase {

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    @Column(name = "excellent_share")
    public double excellentShare;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    @Column(name = "assessed_by")
    public String assessedBy;
}
