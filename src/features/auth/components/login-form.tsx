import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginSchema, type LoginInput } from '../../../contract';
import { applyServerErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/auth-mutations';

type LoginFormProps = {
  defaultUsername?: string;
  /** Signing in again over a page: the same person only, so the page's data stays theirs. */
  lockUsername?: boolean;
  onSignedIn?: () => void;
};

/**
 * Username and password, checked as the API checks them. The server's refusal ("Authentication
 * failed", "Inactive Account") shows above the form and takes the focus so a screen reader
 * hears it; field messages show under their fields; what was typed stays.
 */
export const LoginForm = ({
  defaultUsername = '',
  lockUsername = false,
  onSignedIn,
}: LoginFormProps) => {
  const login = useLogin();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const alertRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: defaultUsername, password: '' },
  });

  useEffect(() => {
    if (formErrors.length > 0) alertRef.current?.focus();
  }, [formErrors]);

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      await login.mutateAsync(values);
      onSignedIn?.();
    } catch (error) {
      setFormErrors(applyServerErrors(error, ['username', 'password'], setError));
    }
  });

  return (
    <Stack component="form" noValidate spacing={2} onSubmit={onSubmit} aria-label="Sign in">
      {formErrors.length > 0 && (
        <Alert severity="error" ref={alertRef} tabIndex={-1}>
          {formErrors.join(' ')}
        </Alert>
      )}
      <TextField
        label="Username"
        autoComplete="username"
        error={Boolean(errors.username)}
        helperText={errors.username?.message}
        slotProps={{ htmlInput: { readOnly: lockUsername } }}
        {...register('username')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        autoFocus={lockUsername}
        error={Boolean(errors.password)}
        helperText={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" variant="contained" size="large" loading={login.isPending}>
        Sign in
      </Button>
    </Stack>
  );
};
