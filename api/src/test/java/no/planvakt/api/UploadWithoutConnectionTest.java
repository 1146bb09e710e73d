package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.planvakt.api.plan.PlanService;
import no.planvakt.api.security.PlanvaktUser;
import no.planvakt.api.security.Role;
import no.planvakt.demo.DemoData;
import no.planvakt.plan.PlanVersionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * While an uploaded plan is read (seconds for a county's SOSI file) no database connection is
 * held and no transaction is open: the pool is small and shared with the run workers. The upload
 * looks at the pool at the moment the reader takes the file.
 */
class UploadWithoutConnectionTest extends ApiTestBase {
    @Autowired
    PlanService plans;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFileIsReadWithNoConnectionHeld() throws Exception {
        PlanvaktUser admin = new PlanvaktUser("admin", "x", true, Role.ADMIN, null);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        HikariDataSource pool = (HikariDataSource) dataSource;
        List<String> seen = new ArrayList<>();
        byte[] draft = Files.readAllBytes(dir.resolve(DemoData.DRAFT));
        MockMultipartFile upload = new MockMultipartFile("file", DemoData.DRAFT, "application/geo+json", draft) {
            @Override
            public void transferTo(Path dest) throws IOException {
                seen.add("transaction " + TransactionSynchronizationManager.isActualTransactionActive()
                        + ", connections in use " + pool.getHikariPoolMXBean().getActiveConnections());
                super.transferTo(dest);
            }
        };
        long versionId = plans.importPlan(upload, PlanVersionKind.DRAFT, null);
        assertThat(seen).containsExactly("transaction false, connections in use 0");
        // The demo draft: 20 objects, and D20–D26 around Geilo for the transport rules R6a–R6c.
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM plan.feature WHERE version_id = ?", Integer.class, versionId))
                .isEqualTo(27);
    }
}
