package de.willkommenvorort.municipality;

import de.willkommenvorort.security.AppRoles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MunicipalityService {

    private final MunicipalityRepository municipalities;

    MunicipalityService(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    public List<MunicipalityRef> all() {
        return municipalities.findAllByOrderByNameAsc().stream().map(Municipality::toRef).toList();
    }

    public Optional<MunicipalityRef> byId(long id) {
        return municipalities.findById(id).map(Municipality::toRef);
    }

    /** For the demo loader and tests; administrators add places through {@link MunicipalityAdmin}, with an audit entry. */
    @Transactional
    @Secured("ROLE_" + AppRoles.ADMIN)
    public MunicipalityRef add(String name, String postalCode, BigDecimal latitude, BigDecimal longitude) {
        return municipalities.save(new Municipality(name, postalCode, latitude, longitude)).toRef();
    }
}
