package de.willkommenvorort.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

    @Modifying
    @Query("delete from AccountToken t where t.accountId = ?1 and t.purpose = ?2")
    void deleteFor(long accountId, AccountToken.Purpose purpose);

    @Modifying
    @Query("delete from AccountToken t where t.accountId is null and t.purpose = ?1")
    void deleteUnowned(AccountToken.Purpose purpose);
}
