package de.willkommenvorort.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfferReportRepository extends JpaRepository<OfferReport, Long> {
}
