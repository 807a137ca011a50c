package de.willkommenvorort.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "municipality")
public class Municipality {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    protected Municipality() {
    }

    public Municipality(String name, String postalCode, BigDecimal latitude, BigDecimal longitude) {
        this.name = name;
        this.postalCode = postalCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPostalCode() {
        return postalCode;
    }

    /** Renames and places the municipality (an administrator's correction). */
    void change(String newName, String newPostalCode, BigDecimal newLatitude, BigDecimal newLongitude) {
        this.name = newName;
        this.postalCode = newPostalCode;
        this.latitude = newLatitude;
        this.longitude = newLongitude;
    }

    MunicipalityRow toRow() {
        return new MunicipalityRow(id, name, postalCode, latitude, longitude);
    }

    public MunicipalityRef toRef() {
        return new MunicipalityRef(id, name, postalCode);
    }
}
