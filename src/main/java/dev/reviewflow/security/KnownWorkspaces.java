package dev.reviewflow.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Whether a workspace exists, asked of the table itself: security is used by the workspace package,
 * not the other way round, and while an identity is being built Hibernate cannot open a session
 * (it would ask that very identity for the tenant).
 */
@ApplicationScoped
class KnownWorkspaces {

    private final AgroalDataSource dataSource;

    KnownWorkspaces(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean exists(String workspace) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select 1 from workspace where id = ?")) {
            statement.setString(1, workspace);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("workspace lookup failed", e);
        }
    }
}
