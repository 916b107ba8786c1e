// The role whose words are shown. Inside a case it follows the machine's context; outside, the preference.
import { createContext, useContext } from 'react';
import type { Role } from '../../../guidelines/ids.ts';
import { COPY, type Copy } from '../copy.ts';

export const RoleContext = createContext<Role>('gp');

export function useRole(): Role {
  return useContext(RoleContext);
}

export function useCopy(): Copy {
  return COPY[useContext(RoleContext)];
}
