package no.planvakt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvakt.InputException;
import no.planvakt.format.GdalOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reguleringsplaner (Rp…) through PlanReader: their own arealformål list, no arealbruksstatus. */
class ZoningPlanImportTest {
    @TempDir
    Path tmp;

    @Test
    void theRealZoningPlanIsImportedWithRpCodes() throws Exception {
        Plan plan = new PlanReader(25833).read(GdalOracle.resource("/sosi/Regplan.sos", tmp), PlanVersionKind.ADOPTED);
        assertThat(plan.sourceSrid()).isEqualTo(5115);
        assertThat(plan.municipality()).isEqualTo("1840");
        assertThat(plan.planId()).isEqualTo("2016003");
        assertThat(plan.landUse().count()).isEqualTo(49);
        assertThat(plan.landUse())
                .allMatch(f -> f.status() == null && f.objectType().equals("RpArealformålOmråde"));
        assertThat(plan.landUse().map(PlanFeature::code)).contains(2018, 5100, 3040);
        assertThat(plan.landUse()
                        .filter(f -> f.code() == 2018)
                        .findFirst()
                        .orElseThrow()
                        .purposeLabel())
                .isEqualTo("Annen veggrunn - tekniske anlegg (2018)");
        assertThat(plan.features().stream().filter(f -> f.type() == PlanObjectType.BESTEMMELSE_OMRADE))
                .hasSize(22);
        // The 2D area is kept within 0.3 % when moved from NTM 15 to UTM 33 (it is reported in NTM 15 later).
        double ntmArea = 440831.4999;
        double utmArea = plan.landUse().mapToDouble(f -> f.geometry().getArea()).sum();
        assertThat(Math.abs(utmArea / ntmArea - 1)).isLessThan(0.003);
    }

    @Test
    void aPlanGmlZoningPlanTakesItsIdsFromArealplanAndRepairsSelfIntersections() throws Exception {
        // DiBK's test file has its geometry at x = -25 321 758 in UTM 32, far outside Norway: refused as it is ...
        Path original = GdalOracle.resource("/gml/gml.flate.4-fail.gml", tmp);
        assertThatThrownBy(() -> new PlanReader(25832).read(original, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 46, RpOmråde _d23f6d0c-ac1d-4857-b2fc-a8501e014dfb")
                .hasMessageContaining("(-25321758, 49319) ligger utenfor Norge i EPSG:25832");
        // ... and read once moved into Norway (x + 25 821 758, y + 6 700 000), which keeps its self-intersection.
        Path moved = tmp.resolve("gml.flate.4-fail.gml");
        Matcher m = Pattern.compile("<gml:posList>([^<]*)</gml:posList>").matcher(Files.readString(original));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String[] v = m.group(1).trim().split("\\s+");
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < v.length; i += 2) {
                list.append(String.format(
                        Locale.ROOT,
                        "%s%.2f %.2f",
                        i == 0 ? "" : " ",
                        Double.parseDouble(v[i]) + 25_821_758,
                        Double.parseDouble(v[i + 1]) + 6_700_000));
            }
            m.appendReplacement(text, "<gml:posList>" + list + "</gml:posList>");
        }
        m.appendTail(text);
        Files.delete(moved);
        Files.writeString(moved, text);
        Plan plan = new PlanReader(25832).read(moved, PlanVersionKind.DRAFT);
        assertThat(plan.municipality()).isEqualTo("4601");
        assertThat(plan.planId()).isEqualTo("66470000");
        assertThat(plan.landUse())
                .singleElement()
                .satisfies(f -> assertThat(f.geometry().isValid()).isTrue());
        assertThat(plan.warnings())
                .anyMatch(w -> w.startsWith(
                        "gml.flate.4-fail.gml: line 82, RpArealformålOmråde _1deb7804-8671-469f-a0af-0ce6d5fa0b5c:"
                                + " invalid polygon (Self-intersection at 500000.0 6749260.3) repaired"));
        assertThat(plan.warnings())
                .contains("gml.flate.4-fail.gml: 1 object(s) of type Arealplan not used by the checks");
    }

    @Test
    void aZoningCodeThatIsNotInTheRpListIsRefused() throws Exception {
        assertRefused(
                "rp.sos",
                "RpArealformålOmråde",
                "..RPAREALFORMÅL 1125",
                "unknown arealformål code 1125 in attribute RPAREALFORMÅL (not in the SOSI Plan reguleringsplan code list)");
    }

    @Test
    void aRpOnlyCodeInAKommuneplanIsRefused() throws Exception {
        assertRefused(
                "kp.sos",
                "KpArealformålOmråde",
                "..KPAREALFORMÅL 1111\n..AREALST 2",
                "unknown arealformål code 1111 in attribute KPAREALFORMÅL (not in the SOSI Plan kommuneplan code list)");
    }

    /** A one-square SOSI plan of {@code objtype} with {@code attributes} is refused with {@code message}. */
    private void assertRefused(String file, String objtype, String attributes, String message) throws Exception {
        Path p = tmp.resolve(file);
        Files.writeString(p, no.planvakt.format.sosi.SosiTestPlans.square(objtype, attributes), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new PlanReader(25833).read(p, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aRpCodeIsAcceptedInAZoningPlanWithoutStatus() throws Exception {
        Path p = tmp.resolve("rp.sos");
        Files.writeString(
                p,
                no.planvakt.format.sosi.SosiTestPlans.square("RpArealformålOmråde", "..RPAREALFORMÅL 1111"),
                StandardCharsets.UTF_8);
        Plan plan = new PlanReader(25832).read(p, PlanVersionKind.DRAFT);
        assertThat(plan.landUse()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(1111);
            assertThat(f.status()).isNull();
            assertThat(f.purposeLabel()).isEqualTo("Boligbebyggelse - frittliggende småhusbebyggelse (1111)");
        });
    }

    @Test
    void aSelfIntersectingFlateIsRepairedWithAWarning() throws Exception {
        Path p = tmp.resolve("bowtie.sos");
        Files.writeString(p, no.planvakt.format.sosi.SosiTestPlans.bowTie(), StandardCharsets.UTF_8);
        Plan plan = new PlanReader(25832).read(p, PlanVersionKind.DRAFT);
        assertThat(plan.landUse())
                .singleElement()
                .satisfies(f -> assertThat(f.geometry().isValid()).isTrue());
        assertThat(plan.warnings())
                .anyMatch(w -> w.startsWith("bowtie.sos: line ")
                        && w.contains(".FLATE 10: invalid polygon (Self-intersection"));
    }
}
