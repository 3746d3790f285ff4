package dev.reviewflow.sla;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.security.Caller;
import dev.reviewflow.sla.api.SlaPolicyRequest;
import dev.reviewflow.sla.api.SlaPolicyView;
import dev.reviewflow.workspace.Workspace;

/** Reads and replaces a workspace's SLA policy; a replacement applies to complaints received after it. */
@ApplicationScoped
public class SlaPolicyService {

    private final SlaPolicies policies;
    private final Caller caller;
    private final Clock clock;

    SlaPolicyService(SlaPolicies policies, Caller caller, Clock clock) {
        this.policies = policies;
        this.caller = caller;
        this.clock = clock;
    }

    public SlaPolicyView get(String workspace) {
        requireAdministered(workspace);
        return view(policies.current(workspace));
    }

    @Transactional
    public SlaPolicyView replace(String workspace, SlaPolicyRequest request) {
        requireAdministered(workspace);
        SlaPolicyRequest definition = SlaPolicyRules.normalise(request);
        return view(policies.save(workspace, definition, clock.instant(), caller.actor()));
    }

    /** A workspace the caller may not administer is as absent as one that does not exist. */
    private void requireAdministered(String workspace) {
        if (!caller.administers(workspace) || Workspace.findById(workspace) == null) {
            throw new NotFoundException("workspace", workspace);
        }
    }

    private static SlaPolicyView view(SlaPolicies.Version version) {
        SlaPolicyRequest definition = version.definition();
        String appliesTo = version.effectiveFrom() == null
                ? "complaints received while no policy is set (the built-in default)"
                : "complaints received from " + version.effectiveFrom();
        return new SlaPolicyView(
                definition.targets(),
                definition.priorityOverrides(),
                definition.channelOverrides(),
                definition.calendar(),
                version.effectiveFrom(),
                appliesTo);
    }
}
