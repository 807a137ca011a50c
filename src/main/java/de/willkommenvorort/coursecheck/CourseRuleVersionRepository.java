package de.willkommenvorort.coursecheck;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRuleVersionRepository extends JpaRepository<CourseRuleVersion, Long> {

    Optional<CourseRuleVersion> findFirstByOrderByVersionDesc();
}
