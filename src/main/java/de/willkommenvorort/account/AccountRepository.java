package de.willkommenvorort.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    List<Account> findByProviderIdAndEmailVerifiedAtIsNotNull(long providerId);

    List<Account> findByRoleInOrderByDisplayNameAscEmailAsc(java.util.Collection<String> roles);

    long countByRoleAndEmailVerifiedAtIsNotNull(String role);

    @Query("select a.sessionEpoch from Account a where a.id = ?1")
    Optional<Integer> sessionEpoch(long id);
}
