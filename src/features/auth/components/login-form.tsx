import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginSchema, type LoginInput } from '../../../contract';
import { applyServerErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/auth-mutations';

type LoginFormProps = { defaultUsername?: string; onSignedIn?: () => void };

/** Username and password, checked as the API checks them; a refusal keeps what was typed. */
export const LoginForm = ({ defaultUsername = '', onSignedIn }: LoginFormProps) => {
  const login = useLogin();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: defaultUsername, password: '' },
  });

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
      {formErrors.map((message) => (
        <Alert key={message} severity="error">
          {message}
        </Alert>
      ))}
      <TextField
        label="Username"
        autoComplete="username"
        error={Boolean(errors.username)}
        helperText={errors.username?.message}
        {...register('username')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
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
