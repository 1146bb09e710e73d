package no.planvakt.plan;

import java.util.Map;
import no.planvakt.codes.PlanCodes;
import org.locationtech.jts.geom.Geometry;

/**
 * One plan object (an arealformål area or a zone) in the canonical CRS.
 *
 * @param id       the object's id, stable across re-imports of the same file (lokalId, gml:id, fid, …)
 * @param code     arealformål for land-use areas, the H-number for zones, null for other types
 * @param status   arealbruksstatus for land-use areas, null for zones
 * @param name     områdenavn / hensynSonenavn when the plan has one
 * @param utnytting the utilisation text as given (e.g. "BYA=25%"), used to spot densification
 */
public record PlanFeature(
        String id,
        String objectType,
        PlanObjectType type,
        Integer code,
        LandUseStatus status,
        String name,
        String utnytting,
        Map<String, Object> attributes,
        Geometry geometry) {

    /** The same object under another id. */
    public PlanFeature withId(String newId) {
        return new PlanFeature(newId, objectType, type, code, status, name, utnytting, attributes, geometry);
    }

    /** The same object with another geometry. */
    public PlanFeature withGeometry(Geometry newGeometry) {
        return new PlanFeature(id, objectType, type, code, status, name, utnytting, attributes, newGeometry);
    }

    public boolean isLandUse() {
        return type == PlanObjectType.AREALFORMAL_OMRADE;
    }

    /** "Fritidsbebyggelse (1120), framtidig" — how a planner names the object's purpose. */
    public String purposeLabel() {
        if (code == null) {
            return objectType;
        }
        String list = type.codeAttribute() == null ? "arealformål" : type.codeAttribute();
        String codeName =
                PlanCodes.name(PlanObjectType.prefixOf(objectType), list, code).orElse("kode");
        String prefix = type.isZone() ? "H" + code + " " + codeName : codeName + " (" + code + ")";
        return status == null ? prefix : prefix + ", " + status.label();
    }

    /** The name planners see: område name if any, else the id. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : id;
    }
}
