package org.tandem.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SecondFactorService secondFactors;

    AccountUserDetailsService(UserAccountRepository accounts, SecondFactorService secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(UserAccount.normalise(username))
                .map(account -> new AccountPrincipal(account, secondFactors.stateOf(account)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
